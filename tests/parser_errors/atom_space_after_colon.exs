: foo
