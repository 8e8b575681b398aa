_
_x
__x
_X
x_
x__y
_1
__
___
__foo__
{_, _} = pair
f(_unused)
