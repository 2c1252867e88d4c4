// The components MDX documents may use, passed to <Content components={…}>.
import Clause from './Clause.astro';
import ClauseLead from './ClauseLead.astro';
import SectionHeading from './SectionHeading.astro';
import Target from './Target.astro';
import Citation from './Citation.astro';
import DepartmentTag from './DepartmentTag.astro';

export const mdxComponents = { Clause, ClauseLead, SectionHeading, Target, Citation, DepartmentTag };
