module github.com/exhybrid/exhybrid

go 1.24.0

require (
	github.com/google/go-cmp v0.7.0
	golang.org/x/mod v0.33.0
)

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
