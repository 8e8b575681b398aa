~s(nested (parens) ok)
