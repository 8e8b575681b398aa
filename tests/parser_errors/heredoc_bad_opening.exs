x = """text
"""
