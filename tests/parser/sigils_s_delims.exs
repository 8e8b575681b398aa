~s/slash/
~s|pipe|
~s"double"
~s'single'
~s(parens)
~s[brackets]
~s{braces}
~s<angles>
~s()
~s(with "quotes" inside)
