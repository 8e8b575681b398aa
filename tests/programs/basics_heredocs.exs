# Heredocs keep newlines and strip the indentation of the closing quotes.
text = """
Dear #{"reader"},
  indented line
last line
"""
IO.write(text)

defmodule Doc do
  def text do
    """
    inside a function
      with more indent
    """
  end
end

IO.write(Doc.text())
IO.inspect(Doc.text())
IO.inspect("""
trailing backslash joins \
lines
""")
IO.inspect(~S"""
raw #{not interpolated} \n
""")
IO.inspect('''
charlist heredoc
''')
