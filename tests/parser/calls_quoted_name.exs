Mod."quoted name"()
Mod."quoted name"(1, 2)
Mod."f"()
Mod."f-g"(x)
:erlang."=<"(1, 2)
mod."dyn"()
Kernel."+"(1, 2)
x."key with space"
Mod.'single'()
