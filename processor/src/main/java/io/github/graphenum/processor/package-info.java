/**
 * The graphenum annotation processor. One flat package; every file belongs to one stage of the
 * flow, which {@code GraphEnumProcessor} wires together:
 *
 * <pre>
 * locate page → read page → enum model → validate → render (JavaPoet) → write → record inputs
 * </pre>
 *
 * <table>
 *   <caption>Files by stage</caption>
 *   <tr><th>stage</th><th>files</th><th>gives</th></tr>
 *   <tr><td>wiring</td>
 *       <td>{@code GraphEnumProcessor}, {@code Options} (the {@code -A} options, read once),
 *           {@code BuildSetup} (what the build needs before its first spec: checked options,
 *           the service metadata),
 *           {@code Reporter} (diagnostics to javac's {@code Messager}, less those the spec's
 *           {@code @SuppressWarnings} silences: {@code Suppressions}), {@code SpecPipeline} (the
 *           stages of one spec, pages read once), {@code StageWorkers} (the threads of the stages
 *           before the write), {@code FolderGenerator} (a whole
 *           {@code @GraphEnums} folder), {@code TranslationTally} (the note that closes a build
 *           with translations)</td>
 *       <td></td></tr>
 *   <tr><td>spec</td>
 *       <td>{@code SpecReader}, {@code SourceLines}, {@code StringLiteralLines}; {@code FolderSpec}</td>
 *       <td>{@code EnumSpec}, {@code FolderSpec}</td></tr>
 *   <tr><td>locate page</td>
 *       <td>{@code PageLocator}; {@code FolderScan} for a folder</td>
 *       <td>a file</td></tr>
 *   <tr><td>read page</td>
 *       <td>{@code PageReader}, {@code FrontMatter}, {@code EnglishText}, {@code MemberTables},
 *           {@code Descriptions}, {@code NodeLines}; {@code TranslatedDescriptions} for a
 *           localized page</td>
 *       <td>{@code Page}, {@code MemberTable}, {@code Description}, {@code LocalizedPage}</td></tr>
 *   <tr><td>enum model</td>
 *       <td>{@code DocumentedEnums}; {@code MetadataCheck} with {@code CsdlReader};
 *           {@code Translations} (members paired with a localized page's descriptions)</td>
 *       <td>{@code DocumentedEnum}, {@code Origin}, {@code ServiceMetadata}, {@code Translation}</td></tr>
 *   <tr><td>validate</td>
 *       <td>{@code EnumValidator}, {@code ConstantNames}</td>
 *       <td>{@code ValidatedEnum}</td></tr>
 *   <tr><td>render</td>
 *       <td>{@code EnumRenderer}, {@code EnumJavadoc}, {@code NameTables}, {@code ValueTables},
 *           {@code PerfectHashes}, {@code FlagsMethods}, {@code JavaText},
 *           {@code GeneratedAnnotation}, {@code JacksonAnnotations}, {@code GsonAdapters},
 *           {@code InputQuotes}, {@code GeneratedFiles};
 *           {@code FlagsSetRenderer}, {@code FlagsWireForm} and {@code FlagsSetShape} for a flags enum's set type;
 *           {@code IndexRenderer} for a folder's index; {@code TranslatedDescriptionMethod} and
 *           {@code TranslationBundles} for translations</td>
 *       <td>JavaPoet {@code JavaFile}s; resource bundles' text</td></tr>
 *   <tr><td>write</td>
 *       <td>{@code SpecPipeline}, {@code FolderGenerator}, through javac's {@code Filer}</td>
 *       <td>source files; {@code .properties} files in the class output</td></tr>
 *   <tr><td>record inputs</td>
 *       <td>{@code BuildInputs} (told by {@code SpecPipeline} and {@code FolderGenerator} which
 *           pages and folders each spec reads), {@code InputsRecord} (the format, also read by
 *           graphenum-maven-plugin's {@code refresh} goal), {@code RecordFields} (its escaped
 *           fields), {@code FolderPages} (the pages of a folder, for its scan and its hash)</td>
 *       <td>one record per spec, in UTF-8, beside the class output (not in it)</td></tr>
 *   <tr><td>every stage</td>
 *       <td>{@code Message} (the one catalogue of messages), {@code WarningKind} (what
 *           {@code @SuppressWarnings} names), {@code Diagnostic}, {@code Outcome}</td>
 *       <td>problems as values</td></tr>
 * </table>
 */
package io.github.graphenum.processor;
