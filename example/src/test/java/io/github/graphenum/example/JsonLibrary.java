package io.github.graphenum.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON libraries the generated code is read and written with, each set up as a user would:
 * Jackson 2 and Jackson 3 with a mapper as it comes, Gson with one registration per flags set (a
 * Gson limit {@code docs/json.md} explains).
 */
enum JsonLibrary {
  JACKSON_2 {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    <T> T read(String json, Class<T> type) throws Exception {
      return mapper.readValue(json, type);
    }

    @Override
    String write(Object value) throws Exception {
      return mapper.writeValueAsString(value);
    }
  },

  JACKSON_3 {
    private final JsonMapper mapper = new JsonMapper();

    @Override
    <T> T read(String json, Class<T> type) {
      return mapper.readValue(json, type);
    }

    @Override
    String write(Object value) {
      return mapper.writeValueAsString(value);
    }
  },

  GSON {
    private final Gson gson =
        new GsonBuilder()
            .registerTypeAdapter(
                WindowsArchitectureSet.class, new WindowsArchitectureSet.GsonAdapter())
            .registerTypeAdapter(
                WorkforceIntegrationSupportedEntitiesSet.class,
                new WorkforceIntegrationSupportedEntitiesSet.GsonAdapter())
            .create();

    @Override
    <T> T read(String json, Class<T> type) {
      return gson.fromJson(json, type);
    }

    @Override
    String write(Object value) {
      return gson.toJson(value);
    }
  };

  /** Reads {@code json} as a {@code type}. */
  abstract <T> T read(String json, Class<T> type) throws Exception;

  /** Writes {@code value} as JSON. */
  abstract String write(Object value) throws Exception;
}
