"""
hello
world
"""
x = """
one line
"""
"""
"""
