["quoted key": 1]
["a-b": 1, "c d": 2]
['single': 1]
["ok": 1]
["#{x}": 1]
["pre#{x}post": 1, plain: 2]
foo("k k": 1)
%{"map key": 1}
["": 1]
