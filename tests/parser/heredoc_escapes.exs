"""
tab\there
newline\nhere
quote \" and \"""
back\\slash
hex \x41 unicode \u00e9 \u{1F600}
not interp \#{x}
"""
"""
trailing backslash joins \
next line
"""
