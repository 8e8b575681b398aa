# A line that ends in a comment after an incomplete expression: Elixir reports the end of line
# at the column where the comment starts.
x = % # comment
