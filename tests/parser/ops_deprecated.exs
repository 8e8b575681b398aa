a ^^^ b
a <|> b
