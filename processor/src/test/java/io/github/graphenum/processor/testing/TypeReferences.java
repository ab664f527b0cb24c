package io.github.graphenum.processor.testing;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTreePath;
import com.sun.source.util.DocTreePathScanner;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The types that sources name, as javac resolves them, in code (types, annotations, class literals,
 * static calls) and in Javadoc references ({@code {@link}}, {@code @throws}); and their imports.
 *
 * @param javaLangNames the top-level types of {@code java.lang} the sources name, in code or
 *     Javadoc, by simple name: a class of the sources' package of such a name would shadow it
 *     wherever the simple name stands unimported
 * @param importsNoCodeUses {@code file: import}, for each import that only Javadoc uses, or
 *     nothing: Eclipse's compiler warns of it (unless it reads Javadoc)
 */
public record TypeReferences(Set<String> javaLangNames, List<String> importsNoCodeUses) {
  /** Analyzes {@code sources}, by qualified class name. */
  public static TypeReferences of(Map<String, String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach((name, code) -> files.add(InMemoryJavac.source(name, code)));
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      JavacTask task =
          (JavacTask) javac.getTask(null, fileManager, null, List.of("-proc:none"), null, files);
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      DocTrees trees = DocTrees.instance(task);
      Set<String> javaLang = new TreeSet<>();
      List<String> importsNoCodeUses = new ArrayList<>();
      for (CompilationUnitTree unit : units) {
        Scanner scanner = new Scanner(trees);
        scanner.scan(unit, null);
        scanner.inCode.forEach(type -> noteJavaLang(type, javaLang));
        scanner.inJavadoc.forEach(type -> noteJavaLang(type, javaLang));
        for (ImportTree anImport : unit.getImports()) {
          Element imported =
              trees.getElement(TreePath.getPath(unit, anImport.getQualifiedIdentifier()));
          if (!anImport.isStatic()
              && imported instanceof TypeElement
              && !scanner.inCode.contains(imported)) {
            importsNoCodeUses.add(
                unit.getSourceFile().getName() + ": import " + anImport.getQualifiedIdentifier());
          }
        }
      }
      return new TypeReferences(javaLang, importsNoCodeUses);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void noteJavaLang(TypeElement type, Set<String> names) {
    if (type.getEnclosingElement().getKind() == ElementKind.PACKAGE
        && ((PackageElement) type.getEnclosingElement())
            .getQualifiedName()
            .contentEquals("java.lang")) {
      names.add(type.getSimpleName().toString());
    }
  }

  /**
   * Collects the types each name of a compilation unit resolves to, in code and in its doc
   * comments, imports aside.
   */
  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final DocTrees trees;
    final Set<TypeElement> inCode = new HashSet<>();
    final Set<TypeElement> inJavadoc = new HashSet<>();

    Scanner(DocTrees trees) {
      this.trees = trees;
    }

    private static void note(Element element, Set<TypeElement> types) {
      if (element instanceof TypeElement type) {
        types.add(type);
      }
    }

    private void scanDocComment() {
      TreePath path = getCurrentPath();
      DocCommentTree comment = trees.getDocCommentTree(path);
      if (comment == null) {
        return;
      }
      new DocTreePathScanner<Void, Void>() {
        @Override
        public Void visitReference(ReferenceTree reference, Void unused) {
          note(trees.getElement(getCurrentPath()), inJavadoc);
          return null;
        }
      }.scan(new DocTreePath(path, comment), null);
    }

    @Override
    public Void visitImport(ImportTree anImport, Void unused) {
      return null; // an import is no use of what it imports
    }

    @Override
    public Void visitIdentifier(IdentifierTree identifier, Void unused) {
      note(trees.getElement(getCurrentPath()), inCode);
      return super.visitIdentifier(identifier, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree select, Void unused) {
      note(trees.getElement(getCurrentPath()), inCode);
      return super.visitMemberSelect(select, unused);
    }

    @Override
    public Void visitClass(ClassTree type, Void unused) {
      scanDocComment();
      return super.visitClass(type, unused);
    }

    @Override
    public Void visitMethod(MethodTree method, Void unused) {
      scanDocComment();
      return super.visitMethod(method, unused);
    }

    @Override
    public Void visitVariable(VariableTree variable, Void unused) {
      scanDocComment();
      return super.visitVariable(variable, unused);
    }
  }
}
