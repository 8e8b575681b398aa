# The file ends inside an interpolation of a heredoc: reported at the `#{`, naming the heredoc.
message = """
value: #{