a

b


c
foo(

  1

)
[

  1,

  2

]
