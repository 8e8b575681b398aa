# Section 2.4.8: strings are UTF-8 binaries; charlists are lists of code points.
name = "world"
IO.puts("Hello, #{name}! 2 + 2 = #{2 + 2}")
IO.puts("Escapes: \"quoted\" \\ tab:\tend")
IO.puts(~s(A sigil with "quotes" and #{name}))
IO.puts(~S(A raw sigil keeps #{name} and \n as typed))

text = """
A heredoc keeps
  line breaks and indentation.
"""

IO.write(text)
IO.puts("abc" <> "def")
IO.inspect(String.upcase("gründlich"))
IO.inspect(String.length("gründlich"))
IO.inspect(byte_size("gründlich"))

chars = 'abc'
IO.inspect(chars)
IO.inspect(is_list(chars))
IO.inspect(String.to_charlist("xyz"))
IO.inspect(List.to_string('xyz'))
