~X(custom)
~Y[raw #{interp}]
~Z{mods}abc
~Q/raw \n/
~H"""
<div>#{x}</div>
"""
~E|eex|
