do_something()
doer
end_of_line
endless = 1
do_ = 2
after_ = 3
elsewhere
x.do
x.end
x.do()
Mod.do
Mod.end()
