alias.Foo
alias = Some.Module
alias.Foo.Bar
mod.Sub
x.Y.z
x.Y.z()
