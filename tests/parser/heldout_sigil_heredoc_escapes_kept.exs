# Inside sigil heredocs the tokenizer keeps every escape as written (the sigil decides later);
# only a backslash right before the full terminator is dropped.
raw = ~S"""
with \"quotes\" inside and `"\"` alone
"""

counted = ~S"""
1 \" 2 \"" 3 \""" 4 \"""" 5
"""

single = ~S'''
1 \' 2 \''' 3 \" 4
'''

lower = ~s"""
1 \" 2 \"" 3 \""" 4 \n 5
"""

regex = ~r"""
file.ex: Mod.\"name\"/1
"""

plain = """
1 \" 2 \\" 3 \""" 4
"""
