x = """
text
""" <> "more"
y = """
text
""" |> String.upcase()
z = ["""
a
""", """
b
"""]
