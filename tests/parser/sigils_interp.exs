~s(#{a})
~s(pre #{a} post)
~s(#{~s(#{nested})})
~s[#{[1, 2]}]
~s{#{%{a: 1}}}
~s<#{a > b}>
~c(#{x})
~r/#{x}+/
~w(#{x}y z)a
