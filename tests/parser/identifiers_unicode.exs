olá = 1
ñ = 2
café = olá + ñ
λ = fn x -> x end
über(1)
naïve?(x)
größe!
日本 = 3
Mod.función(1)
%{clé: 1}
[straße: 1]
