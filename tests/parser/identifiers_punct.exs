valid?
valid?(x)
save!
save!(x)
x.valid?
x.valid?()
Mod.valid?(x)
Mod.save!
is_ok? = true
[ok?: 1]
:ok?
&valid?/1
