foo a: 1
foo a: 1, b: 2
foo x, a: 1
foo x, y, a: 1, b: 2
foo a: bar b
foo a: bar(b), c: d
foo bar, a: baz c, d: e
foo "quoted key": 1
foo "interp #{x}": 1
foo do: 1
foo x, do: 1, else: 2
foo bar a: 1
