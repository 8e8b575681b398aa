1.e5
1._0
1.foo()
1.0.foo
2.x.y
