// First: WeChat draws this independent subpackage without app.wxss, so the page brings the app-wide classes.
import '../../styles/app-wide.css'
import '../../plate/independent-start'
import Page from '../../components/Page'
import PlateCodeForm from '../../components/PlateCodeForm'
import { openPlate } from '../../plate/navigation'

export default function PlateEnterPage() {
  return (
    <Page>
      <PlateCodeForm onSubmit={(code) => openPlate(code, { replace: true })} />
    </Page>
  )
}
