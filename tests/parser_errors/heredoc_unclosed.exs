x = """
line
