[a: 1]
[a: 1, b: 2]
[a: 1, b: [c: 2]]
[{:a, 1}, {:b, 2}]
[1, 2, a: 3]
[1, a: 2, b: 3]
[foo?: 1, bar!: 2]
[_: 1, _a: 2]
[A: 1, Foo: 2]
[if: 1, do: 2, end: 3, fn: 4]
[true: 1, nil: 2, false: 3]
[when: 1, and: 2, or: 3, not: 4, in: 5]
[a: 1,
 b: 2]
[
  a: 1,
  b: 2,
]
