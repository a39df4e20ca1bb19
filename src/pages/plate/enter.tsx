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
