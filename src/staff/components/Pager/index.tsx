import type { PageNumbers } from '../../hooks/usePageNumbers'
import { GAP, pageWindow } from './window'
import './index.css'

interface PagerProps {
  pager: PageNumbers
  /** Greys the numbers while a page is being read. */
  busy?: boolean
}

/**
 * Page numbers under a desk-wide list (H5 only: native buttons, so Tab and Enter work and a screen
 * reader hears 第 3 页, 当前页).
 */
export default function Pager({ pager, busy = false }: PagerProps) {
  const { page, pages, go } = pager
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-label="分页">
      <button type="button" className="pager__step" disabled={busy || page <= 1} onClick={() => go(page - 1)}>
        ‹ 上一页
      </button>
      {pageWindow(page, pages).map((n, i) =>
        n === GAP ? (
          <span key={`gap-${i}`} className="pager__gap" aria-hidden="true">
            …
          </span>
        ) : (
          <button
            key={n}
            type="button"
            className={n === page ? 'pager__number pager__number--current' : 'pager__number'}
            aria-label={`第 ${n} 页`}
            aria-current={n === page ? 'page' : undefined}
            disabled={busy && n !== page}
            onClick={() => (n === page ? undefined : go(n))}
          >
            {n}
          </button>
        ),
      )}
      <button type="button" className="pager__step" disabled={busy || page >= pages} onClick={() => go(page + 1)}>
        下一页 ›
      </button>
    </nav>
  )
}
