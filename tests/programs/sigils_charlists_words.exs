# ~c, ~C and ~w with modifiers.
IO.inspect(~c(hello))
IO.inspect(~c(with #{1 + 2}))
IO.inspect(~C(raw #{x}))
IO.inspect(~w(one two three))
IO.inspect(~w(one two three)a)
IO.inspect(~w(one two three)c)
IO.inspect(~w(one two three)s)
IO.inspect(~w[  spaced    words  ])
n = 5
IO.inspect(~w(n#{n} m))
IO.inspect(~W(n#{n} m))
IO.inspect(~w"""
multi
line words
""")
IO.inspect(~w(a-b c_d e.f))
