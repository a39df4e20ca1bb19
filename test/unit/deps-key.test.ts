import { depsKey } from '@/hooks/deps-key'

describe('depsKey: a dependency list as one string', () => {
  it('is the same for lists with the same values, objects compared by content', () => {
    expect(depsKey(['open', 3, { lat: 1, lng: 2 }, undefined])).toBe(depsKey(['open', 3, { lat: 1, lng: 2 }, undefined]))
  })

  it('changes when any value changes', () => {
    expect(depsKey(['open', 3])).not.toBe(depsKey(['open', 4]))
    expect(depsKey([{ lat: 1 }])).not.toBe(depsKey([{ lat: 2 }]))
  })

  it('tells functions apart by identity, as React does', () => {
    const load = () => 1
    const other = () => 1
    expect(depsKey([load])).toBe(depsKey([load]))
    expect(depsKey([load])).not.toBe(depsKey([other]))
  })
})
