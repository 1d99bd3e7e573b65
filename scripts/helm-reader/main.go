// Reads a JSON array of YAML texts on stdin and writes a JSON array of {json} or {error}: each text
// as Helm reads a values file, through sigs.k8s.io/yaml (go-yaml v2 underneath).
package main

import (
	"encoding/json"
	"io"
	"os"

	"sigs.k8s.io/yaml"
)

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		panic(err)
	}
	var texts []string
	if err := json.Unmarshal(in, &texts); err != nil {
		panic(err)
	}
	type result struct {
		JSON  json.RawMessage `json:"json,omitempty"`
		Error string          `json:"error,omitempty"`
	}
	results := make([]result, len(texts))
	for i, text := range texts {
		out, err := yaml.YAMLToJSON([]byte(text))
		if err != nil {
			results[i].Error = err.Error()
		} else {
			results[i].JSON = out
		}
	}
	if err := json.NewEncoder(os.Stdout).Encode(results); err != nil {
		panic(err)
	}
}
