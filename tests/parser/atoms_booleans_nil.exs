true
false
nil
[true, false, nil]
true and false or nil
if nil, do: true, else: false
:true == true
