# The file ends right after a `do` written like a keyword without its colon.
def f(), do