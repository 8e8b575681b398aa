~x(custom)
~y[with #{interp}]
~z{mods}abc
~q/escape \n/
~b|x|
~i(42)
~u<u>
