package io.github.graphenum;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the graphenum processor to generate every enum documented in a folder of Microsoft Graph doc
 * pages: one annotation for a whole docs tree.
 *
 * <p>Put it on an interface or a {@code package-info.java}. Each enum is generated into the
 * annotated element's package, with each Graph namespace below {@code microsoft.graph} as a
 * subpackage ({@code microsoft.graph.callRecords} gives {@code .callrecords}), and an index class
 * maps Graph names to the generated enums:
 *
 * <pre>
 * &#64;GraphEnums(folder = "api-reference/v1.0/resources")
 * package com.example.graph;
 * </pre>
 *
 * <p>Pages that document enums are those with a {@code # <name> enum type} heading or {@code ###
 * <name> values} sections; other pages are skipped silently. An enum documented twice with
 * different tables is generated from its page of its own, with a warning; an enum that contradicts
 * itself on one page is not generated, with a warning. The build never fails because of one enum's
 * docs: enums that cannot be generated are warnings, listed in the index's Javadoc.
 *
 * <p>Like {@link GraphEnum}, it has class retention, for Gradle's incremental annotation
 * processing, and is never read at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface GraphEnums {

  /**
   * The folder, relative to a docs root, with forward slashes, for example {@code
   * api-reference/v1.0/resources}. Its subfolders are read too.
   *
   * @return the folder's path relative to a docs root
   */
  String folder();

  /**
   * Glob patterns over the pages' paths relative to {@link #folder}; a page is read when it matches
   * one. The default reads every {@code .md} page.
   *
   * @return the patterns of pages to read
   */
  String[] include() default {"**.md"};

  /**
   * Glob patterns over the pages' paths relative to {@link #folder}; a page matching one is not
   * read.
   *
   * @return the patterns of pages to leave out
   */
  String[] exclude() default {};

  /**
   * Graph names of the enums to generate as flags enums (see {@link GraphEnum#flags()}): the docs
   * do not mark them. With the {@code graphenum.metadata} option, the metadata's {@code IsFlags}
   * marks them too.
   *
   * @return the Graph names of flags enums
   */
  String[] flags() default {};

  /**
   * The simple name of the generated index class.
   *
   * @return the index's name
   */
  String indexName() default "GraphEnumIndex";
}
