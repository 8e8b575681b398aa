:olá
:ñandú
:λ
:"日本"
:café?
:Über
