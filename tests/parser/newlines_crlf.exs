x = 1
y = "a
b"
z = """
  heredoc
  lines
  """
if x do
  y
end
