a
+ b
a
- b
a
* b
a
++ b
a
<> b
a
== b
a
&& b
a
|| b
a
and b
a
or b
a
= b
a
in b
a
when b
a
:: b
a
| b
a
<- b
a
\\ b
a
=~ b
a
.. b
a
<<< b
a
|> b
