[a: 1]
[a:  1]
[a:
  1]
foo a:
  1
