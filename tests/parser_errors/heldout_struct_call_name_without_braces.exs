# A struct name that is a call, with no braces after it: the error falls on the next line.
context = %_context(node, work)
value = 1
