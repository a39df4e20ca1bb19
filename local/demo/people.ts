/**
 * Fixed identities of the demo, so the printed links work on every start. All names, badge numbers
 * and phone numbers are made up; the phone numbers are in ranges no real line uses (1380000xxxx).
 */
export const DEMO_ADMIN_OPENID = 'demo-admin'
export const DEMO_OFFICER_OPENID = 'demo-officer'
export const DEMO_STATION_ID = 'st-chengguan'

/** A plate of 南关社区 (officer 王建国), printed in the welcome banner. */
export const DEMO_PLATE_CODE = 'NGSQ234X'
