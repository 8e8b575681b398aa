# ~s and ~S string sigils with various delimiters.
name = "Eve"
IO.puts(~s(Hello #{name}, "quoted" text))
IO.puts(~S(No #{interpolation} and \n stays))
IO.puts(~s[square #{1 + 1}])
IO.puts(~s{curly})
IO.puts(~s<angle>)
IO.puts(~s|pipe|)
IO.puts(~s/slash/)
IO.puts(~s"double")
IO.puts(~s'single')
IO.puts(~s(escaped \) paren))
IO.puts(~s(tab\tnewline\\n))
IO.inspect(~S(a\b))
IO.inspect(~s(a\\b))
IO.inspect(~s"""
heredoc sigil #{name}
""")
IO.inspect(~S"""
raw heredoc \t #{x}
""")
