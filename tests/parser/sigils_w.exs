~w(foo bar baz)
~w(foo bar baz)a
~w(foo bar baz)c
~w(foo bar baz)s
~w[one two]
~w{one two}
~w<one two>
~w|one two|
~w/one two/
~w"one two"
~w'one two'
~w(#{x} y)
~W(#{x} y)
~W(raw words)a
~w(
  spread
  over
  lines
)
~w()
