/** Who a caller is, resolved from OPENID through the `staff` collection; never from the event. */
export type Role = 'admin' | 'officer' | 'resident'

/**
 * Who may call an action:
 * - `public`: anyone, even with no OPENID (e.g. looking up a plate from a shared H5 link);
 * - `user`: any signed-in caller;
 * - `staff`: officers and admins;
 * - `admin`: admins only.
 */
export type Access = 'public' | 'user' | 'staff' | 'admin'

/** Whose data a staff action touches: only the officer's own station's, or data all stations share. */
export type Scope = 'station' | 'global'
