# An interpolated string used as a remote function name that is then called.
Mod."name_#{suffix}"()
