''
'hello'
'with "double" quotes'
'a' ++ 'b'
[?a | 'bc']
'olá'
'123'
