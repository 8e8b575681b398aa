IO.puts("""
argument heredoc
""")
IO.puts """
no parens
"""
foo("""
first
""", """
second
""")
String.trim("""
  padded
""") |> IO.puts()
